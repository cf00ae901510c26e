type Bbox = [number, number, number, number];
export declare const REGION_BBOX: Bbox;
export declare const WORLD_BBOX: Bbox;
export declare const LABEL_BBOX: Bbox;
export declare const EXONYMS: Record<string, [string, string]>;
export declare const CITY_RULES: { regionMinPopulation: number; worldCapitalMinPopulation: number; always: [string, string, string][] };
