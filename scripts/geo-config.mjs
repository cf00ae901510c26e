// Extents of the basemap, shared by scripts/build-geo.mjs and the tests. [west, south, east, north]
// Region: Eastern Mediterranean, Turkey, Iraq, Levant, Cyprus, north-west Iran, northern Saudi Arabia.
export const REGION_BBOX = [23, 25.5, 53, 43.5];
// Coarse world layer: enough to show Moscow, the Black Sea and Europe when zoomed out.
export const WORLD_BBOX = [-25, 0, 100, 72];
// Country labels are placed inside this box, so Russia is labelled west of the Urals.
export const LABEL_BBOX = [-12, 5, 62, 60];

export const CITY_RULES = {
  regionMinPopulation: 250_000,
  worldCapitalMinPopulation: 1_000_000,
  // Places the analyses name: always labelled, whatever their population.
  // [GeoNames name, country, label shown on the map (plain English spelling)]
  always: [
    ['Damascus', 'SY', 'Damascus'], ['Aleppo', 'SY', 'Aleppo'], ['Homs', 'SY', 'Homs'], ['Ḩamāh', 'SY', 'Hama'],
    ['Latakia', 'SY', 'Latakia'], ['Tartouss', 'SY', 'Tartus'], ['Jablah', 'SY', 'Jableh'], ['Idlib', 'SY', 'Idlib'],
    ['Deir ez-Zor', 'SY', 'Deir ez-Zor'], ['Al Qāmishlī', 'SY', 'Qamishli'], ['Al Ḩasakah', 'SY', 'Hasakah'],
    ['Ar Raqqah', 'SY', 'Raqqa'], ['Tadmur', 'SY', 'Palmyra'], ['Dar‘ā', 'SY', 'Daraa'], ['As-Suwayda', 'SY', 'Suwayda'],
    ['Beirut', 'LB', 'Beirut'], ['Amman', 'JO', 'Amman'], ['Baghdad', 'IQ', 'Baghdad'], ['Ankara', 'TR', 'Ankara'],
    ['Nicosia', 'CY', 'Nicosia'], ['Al Mawşil al Jadīdah', 'IQ', 'Mosul'], ['Jerusalem', 'IL', 'Jerusalem'], ['Moscow', 'RU', 'Moscow'],
  ],
};
