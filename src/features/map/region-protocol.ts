import { addProtocol } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_PROTOCOL } from './basemap-style';
import { onceUntilFailure } from '../../lib/promises';

/**
 * The region overview (what the first view draws) ships as one TopoJSON file, geo/region.json: every border is
 * stored once, so it is half the bytes of country polygons plus border lines as GeoJSON. The style's `region`
 * source asks for `atlas-region://region`; this handler fetches the file once and answers with the countries and
 * the borders in one collection, told apart by `kind` (one source rather than two: a source costs every frame some
 * work, its tiles' clipping masks among it). A failed fetch rejects, and MapLibre
 * reports it as an error of that source, like any other basemap file.
 */
type RegionTopology = Topology<{ countries: GeometryCollection<{ name: string; iso: string | null }>; borders: GeometryCollection }>;

async function fetchTopology(url: string): Promise<RegionTopology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = (await response.json()) as RegionTopology;
  if (data.type !== 'Topology' || !data.objects?.countries || !data.objects?.borders) throw new Error(`${url}: not the region topology`);
  return data;
}

export function registerRegionProtocol(baseUrl: string): void {
  const url = new URL('geo/region.json', baseUrl).href;
  // Fetched once; a failure is not kept, so the next request (e.g. after the style reloads) tries again.
  const regionTopology = onceUntilFailure(() => fetchTopology(url));
  addProtocol(REGION_PROTOCOL, async () => {
    const topology = await regionTopology();
    const tagged = (kind: string, object: GeometryCollection) => feature(topology, object).features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
    return { data: { type: 'FeatureCollection', features: [...tagged('country', topology.objects.countries), ...tagged('border', topology.objects.borders)] } };
  });
}
