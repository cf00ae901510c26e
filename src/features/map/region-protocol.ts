import { addProtocol } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_PROTOCOL } from './basemap-style';

/**
 * The region overview (what the first view draws) ships as one TopoJSON file, geo/region.json: every border is
 * stored once, so it is half the bytes of country polygons plus border lines as GeoJSON. The style's `region`
 * source asks for `atlas-region://region`; this handler fetches the file once and answers with the countries and
 * the borders in one collection, told apart by `kind` (one source rather than two: a source costs every frame some
 * work, its tiles' clipping masks among it). A failed fetch rejects, and MapLibre
 * reports it as an error of that source, like any other basemap file.
 */
type RegionTopology = Topology<{ countries: GeometryCollection<{ name: string; iso: string | null }>; borders: GeometryCollection }>;

let loading: { url: string; topology: Promise<RegionTopology> } | null = null;

function regionTopology(url: string): Promise<RegionTopology> {
  if (loading?.url !== url) {
    const topology = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const data = (await response.json()) as RegionTopology;
      if (data.type !== 'Topology' || !data.objects?.countries || !data.objects?.borders) throw new Error(`${url}: not the region topology`);
      return data;
    });
    // A failure is not kept: the next request (e.g. after the reader reloads the style) tries again.
    topology.catch(() => {
      if (loading?.topology === topology) loading = null;
    });
    loading = { url, topology };
  }
  return loading.topology;
}

export function registerRegionProtocol(baseUrl: string): void {
  const url = new URL('geo/region.json', baseUrl).href;
  addProtocol(REGION_PROTOCOL, async () => {
    const topology = await regionTopology(url);
    const tagged = (kind: string, object: GeometryCollection) => feature(topology, object).features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
    return { data: { type: 'FeatureCollection', features: [...tagged('country', topology.objects.countries), ...tagged('border', topology.objects.borders)] } };
  });
}
