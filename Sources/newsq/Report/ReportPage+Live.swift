extension ReportPage {
    /// The search form of the live page (`newsq serve`): the request's values filled in, and the
    /// map's bounds in a hidden `bbox` field the map keeps up to date, so submitting searches
    /// "only what is inside the map" and the resulting URL can be shared.
    static func searchForm(_ live: ServeParameters) -> String {
        func field(_ name: String, _ label: String, _ value: String?, _ hint: String) -> String {
            "<label>\(label) <input name=\"\(name)\" value=\"\(HTMLText.escape(value ?? ""))\" "
                + "placeholder=\"\(hint)\"></label>\n"
        }
        var html = "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">\n"
        html += field("q", "Search", live.query, "mosul -dabiq")
        html += field("since", "Since", live.since?.iso, "2016-10")
        html += field("until", "Until", live.until?.iso, "2016-12")
        html += field("place", "Place", live.place, "Mosul")
        html += field("author", "Author", live.author, "")
        html += field("source", "Source", live.source, "CNN")
        let box = live.bbox.map { "\($0.west),\($0.south),\($0.east),\($0.north)" } ?? ""
        html += "<input type=\"hidden\" id=\"newsq-bbox\" name=\"bbox\" value=\"\(HTMLText.escape(box))\">\n"
        html += "<button type=\"submit\">Search the map area</button> <a href=\"/\">Clear</a>\n</form>\n"
        return html
    }

    /// The live page's style, after the report's own.
    static let liveCSS = """
        form.search{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:end;margin:10px 0 0}
        form.search label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
        form.search input{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px;width:130px}
        form.search input[name=q]{width:220px}form.search button{font:inherit;padding:4px 10px}
        """

    /// Keeps the URL and the form's `bbox` on what the map shows once the reader moves it, and
    /// opens the map on the URL's `bbox`. Longitudes are wrapped into -180…180 (Leaflet's go
    /// beyond when the map is panned round the world); a box across the antimeridian has west > east.
    static let liveScript = """
        (function () {
          'use strict';
          var map = window.newsqMap;
          var input = document.getElementById('newsq-bbox');
          if (!map || !input) { return; }
          var data = JSON.parse(document.getElementById('newsq-data').textContent);
          if (data.bbox) {
            var b = data.bbox, east = b[2] < b[0] ? b[2] + 360 : b[2];
            map.fitBounds([[b[1], b[0]], [b[3], east]]);
          }
          function round(x) { return Math.round(x * 10000) / 10000; }
          map.on('moveend', function () {
            var bounds = map.getBounds();
            var west = bounds.getWest(), east = bounds.getEast();
            if (east - west >= 360) { west = -180; east = 180; } else {
              west = L.Util.wrapNum(west, [-180, 180], true);
              east = L.Util.wrapNum(east, [-180, 180], true);
            }
            var south = Math.max(-90, bounds.getSouth()), north = Math.min(90, bounds.getNorth());
            var box = [west, south, east, north].map(round).join(',');
            input.value = box;
            var url = new URL(window.location.href);
            url.searchParams.set('bbox', box);
            history.replaceState(null, '', url.toString());
          });
        })();
        """
}
