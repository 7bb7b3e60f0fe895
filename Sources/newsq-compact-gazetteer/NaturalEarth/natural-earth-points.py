#!/usr/bin/python3
"""Writes natural-earth-points.tsv: a point inside every country of Natural Earth's 1:110m
admin-0 map, for newsq-compact-gazetteer to put into countries.tsv.

Source: the `naturalearth_lowres` dataset shipped with geopandas (Debian 12's python3-geopandas
0.12.2): Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries, public domain
(https://www.naturalearthdata.com/about/terms-of-use/).

The point is shapely's representative_point() (GEOS PointOnSurface) of the country's polygon, or
of its largest polygon (by area in degrees) when it has several: guaranteed to lie inside it,
unlike a centroid, and on the mainland (of the whole MultiPolygon GEOS picks Svalbard for Norway
and Tierra del Fuego for Chile). A row whose ISO alpha-3 code Natural Earth leaves
as -99 is given the code GeoNames uses (in 0.12.2 only Kosovo: XKX). Rows with codes GeoNames
lacks (Northern Cyprus, Somaliland) are written but match no country.

    apt-get install python3-geopandas
    cd Sources/newsq-compact-gazetteer/NaturalEarth
    /usr/bin/python3 natural-earth-points.py > natural-earth-points.tsv

With --geojson FILE it also writes the polygons (name, ISO_A2 from GeoNames' countries.json when
given with --countries, ISO_A3, coordinates rounded to 2 decimals) for map drawing.
"""
import argparse
import json
import sys

import geopandas
import shapely.geometry

# Natural Earth writes -99 where a country's ISO code is disputed or was missing; GeoNames codes.
ISO3_BY_NAME = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}


def iso3(row):
    code = row["iso_a3"]
    return ISO3_BY_NAME.get(row["name"], code) if code == "-99" else code


def rounded(geometry, digits):
    def walk(value):
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], (int, float)):
                return [round(value[0], digits), round(value[1], digits)]
            return [walk(item) for item in value]
        return value

    mapping = shapely.geometry.mapping(geometry)
    return {"type": mapping["type"], "coordinates": walk(mapping["coordinates"])}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geojson")
    parser.add_argument("--countries", help="GeoNames countries.json, for ISO_A2 codes")
    args = parser.parse_args()
    frame = geopandas.read_file(geopandas.datasets.get_path("naturalearth_lowres"))
    rows = []
    for _, row in frame.iterrows():
        code = iso3(row)
        if code == "-99":
            print(f"skipped {row['name']}: no ISO code", file=sys.stderr)
            continue
        geometry = row["geometry"]
        main = max(geometry.geoms, key=lambda part: part.area) if geometry.geom_type == "MultiPolygon" else geometry
        point = main.representative_point()
        rows.append((code, row["name"], point.y, point.x, row["geometry"]))
    rows.sort()
    out = ["# iso3\tname\tlatitude\tlongitude"]
    for code, name, latitude, longitude, _ in rows:
        out.append(f"{code}\t{name}\t{latitude:.4f}\t{longitude:.4f}")
    print("\n".join(out))
    if args.geojson:
        alpha2 = {}
        if args.countries:
            with open(args.countries) as handle:
                alpha2 = {fields["iso3"]: code for code, fields in json.load(handle).items()}
        features = [
            {
                "type": "Feature",
                "properties": {"name": name, "ISO_A2": alpha2.get(code), "ISO_A3": code},
                "geometry": rounded(geometry, 2),
            }
            for code, name, _, _, geometry in rows
        ]
        with open(args.geojson, "w") as handle:
            json.dump({"type": "FeatureCollection", "features": features}, handle, separators=(",", ":"))


if __name__ == "__main__":
    main()
