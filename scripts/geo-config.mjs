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

// Names in Arabic and Russian for the places and countries a reader of this region sees first (standard
// exonyms). The map shows them when the interface is in that language and falls back to English elsewhere.
export const EXONYMS = {
  Damascus: ['دمشق', 'Дамаск'], Aleppo: ['حلب', 'Алеппо'], Homs: ['حمص', 'Хомс'], Hama: ['حماة', 'Хама'],
  Latakia: ['اللاذقية', 'Латакия'], Tartus: ['طرطوس', 'Тартус'], Jableh: ['جبلة', 'Джабла'], Idlib: ['إدلب', 'Идлиб'],
  'Deir ez-Zor': ['دير الزور', 'Дейр-эз-Зор'], Qamishli: ['القامشلي', 'Камышлы'], Hasakah: ['الحسكة', 'Хасеке'],
  Raqqa: ['الرقة', 'Ракка'], Palmyra: ['تدمر', 'Пальмира'], Daraa: ['درعا', 'Дераа'], Suwayda: ['السويداء', 'Сувейда'],
  Beirut: ['بيروت', 'Бейрут'], Amman: ['عمّان', 'Амман'], Baghdad: ['بغداد', 'Багдад'], Ankara: ['أنقرة', 'Анкара'],
  Nicosia: ['نيقوسيا', 'Никосия'], Jerusalem: ['القدس', 'Иерусалим'], Moscow: ['موسكو', 'Москва'], Mosul: ['الموصل', 'Мосул'],
  Istanbul: ['إسطنبول', 'Стамбул'], Tehran: ['طهران', 'Тегеран'], Cairo: ['القاهرة', 'Каир'], Riyadh: ['الرياض', 'Эр-Рияд'],
  Gaziantep: ['غازي عنتاب', 'Газиантеп'], Adana: ['أضنة', 'Адана'], Erbil: ['أربيل', 'Эрбиль'], Tabriz: ['تبريز', 'Тебриз'],
  Yerevan: ['يريفان', 'Ереван'], Tbilisi: ['تبليسي', 'Тбилиси'], Baku: ['باكو', 'Баку'], Alexandria: ['الإسكندرية', 'Александрия'],
  Syria: ['سوريا', 'Сирия'], Turkey: ['تركيا', 'Турция'], Iraq: ['العراق', 'Ирак'], Lebanon: ['لبنان', 'Ливан'],
  Jordan: ['الأردن', 'Иордания'], Israel: ['إسرائيل', 'Израиль'], Palestine: ['فلسطين', 'Палестина'], Cyprus: ['قبرص', 'Кипр'],
  Iran: ['إيران', 'Иран'], 'Saudi Arabia': ['السعودية', 'Саудовская Аравия'], Egypt: ['مصر', 'Египет'], Russia: ['روسيا', 'Россия'],
  Ukraine: ['أوكرانيا', 'Украина'], Georgia: ['جورجيا', 'Грузия'], Armenia: ['أرمينيا', 'Армения'], Azerbaijan: ['أذربيجان', 'Азербайджан'],
  Kuwait: ['الكويت', 'Кувейт'], Greece: ['اليونان', 'Греция'],
};
