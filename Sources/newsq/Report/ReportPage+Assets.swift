extension ReportPage {
    /// The page's own style (Leaflet's is inlined before it).
    static let css = """
        :root{color-scheme:light;--ink:#1f2328;--muted:#5b636b;--line:#e3e3e3;--accent:#b2182b}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#fbfaf7}
        header,main,footer{max-width:1000px;margin:0 auto;padding:0 20px}
        header{padding-top:24px}h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
        .summary,.meta,.note,footer{color:var(--muted)}footer{font-size:12px;padding:24px 20px 40px}
        #map{height:460px;border:1px solid var(--line);border-radius:6px}.leaflet-container{background:#dfeaf3}
        section svg{max-width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
        ol.hits{padding-left:0;list-style:none}ol.hits li{background:#fff;border:1px solid var(--line);
        border-radius:6px;padding:10px 14px;margin:0 0 10px}ol.hits h3{font-size:16px;margin:0}
        ol.hits h3 a{color:var(--ink)}.meta{font-size:13px;margin:2px 0 6px}.snippet{margin:0}
        mark{background:#f7e1a1;padding:0 1px}li:target{outline:2px solid var(--accent)}
        .leaflet-popup-content ul{padding-left:18px;margin:6px 0 0}#map.leaflet-container{font:inherit}
        """

    /// The map: Natural Earth outlines as a vector layer (no tiles, so no network), countries
    /// with a listed place shaded, one circle per located place (clustered above
    /// `cluster_above`), a popup per place whose links jump to the articles in this page. The
    /// popup is built from DOM nodes and text, never from HTML strings, so names cannot inject.
    static let script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('newsq-data').textContent);
          var outlines = JSON.parse(document.getElementById('newsq-outlines').textContent);
          var map = L.map('map', {zoomSnap: 0.25, minZoom: 1, maxZoom: 12, worldCopyJump: false});
          window.newsqMap = map;  // the live page (newsq serve) follows its moves
          map.attributionControl.setPrefix(false);
          map.attributionControl.addAttribution('Countries: Natural Earth · Places: GeoNames (CC BY 4.0)');
          var mentioned = {};
          data.countries.forEach(function (code) { mentioned[code] = true; });
          L.geoJSON(outlines, {
            interactive: false,
            style: function (feature) {
              var shaded = mentioned[feature.properties.iso_a2] === true;
              return {color: '#b7b0a2', weight: 0.6, fillOpacity: 1, fillColor: shaded ? '#f1dcb8' : '#f4f1ea',
                      className: shaded ? 'newsq-country newsq-mentioned' : 'newsq-country'};
            }
          }).addTo(map);
          var located = data.places.filter(function (p) { return p.latitude !== null && p.longitude !== null; });
          var most = 1;
          located.forEach(function (p) { most = Math.max(most, p.mentions); });
          var group = located.length > data.cluster_above && L.markerClusterGroup
            ? L.markerClusterGroup({showCoverageOnHover: false}) : L.featureGroup();
          function popup(place) {
            var box = document.createElement('div');
            var name = document.createElement('strong');
            name.textContent = place.name;
            box.appendChild(name);
            var facts = [place.country, place.kind, place.mentions + (place.mentions === 1 ? ' mention' : ' mentions')];
            box.appendChild(document.createTextNode(' (' + facts.filter(Boolean).join(', ') + ')'));
            var list = document.createElement('ul');
            place.articles.forEach(function (article) {
              var item = document.createElement('li');
              var link = document.createElement('a');
              link.href = '#article-' + article.id;
              link.textContent = article.title;
              item.appendChild(link);
              list.appendChild(item);
            });
            box.appendChild(list);
            return box;
          }
          located.forEach(function (place) {
            var marker = L.circleMarker([place.latitude, place.longitude], {
              radius: 3 + 13 * Math.sqrt(place.mentions / most), color: '#fff', weight: 1, fillOpacity: 0.8,
              fillColor: place.resolved ? '#b2182b' : '#8a8a8a', className: 'newsq-place'
            });
            marker.bindPopup(popup(place));
            marker.bindTooltip(place.name);
            group.addLayer(marker);
          });
          group.addTo(map);
          if (located.length > 0) {
            var bounds = L.latLngBounds(located.map(function (p) { return [p.latitude, p.longitude]; }));
            map.fitBounds(bounds.pad(0.3), {maxZoom: 7});
          } else {
            map.setView([25, 10], 1.5);
          }
        })();
        """
}
