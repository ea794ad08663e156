import {
  bingtuanCities,
  bingtuanDivisions,
  changjiCounties,
  changjiPrefix,
  outsideMainland,
  provinces,
  xinjiangPrefectures,
} from './regions.js';

/** What a 行政区划码 says about where a unit is registered. */
export interface Region {
  /** The six digits, e.g. `652301`. */
  readonly code: string;
  /** 省级名称, e.g. 新疆维吾尔自治区; `undefined` when the first two digits name no province. */
  readonly province: string | undefined;
  /** 地级名称 where known, e.g. 昌吉回族自治州. */
  readonly prefecture: string | undefined;
  /** 县级名称 where known, e.g. 昌吉市. */
  readonly county: string | undefined;
  /** The full name a clerk reads, e.g. 「新疆维吾尔自治区昌吉回族自治州昌吉市」 (no spaces, as Chinese writes places). */
  readonly name: string;
  /** Registered in the mainland (not 台湾, 香港, 澳门). */
  readonly inMainland: boolean;
  /** Registered in 昌吉回族自治州 (行政区划码 6523…). */
  readonly inChangji: boolean;
  /** Registered with 新疆生产建设兵团 (66… or its cities 6590…). */
  readonly inBingtuan: boolean;
}

/** Regions named so far: a batch's codes come from a few hundred regions at most. */
const named = new Map<string, Region>();

/**
 * Name the region of a six-digit 行政区划码 and say whether it is in the mainland, in 昌吉州, or
 * in 新疆生产建设兵团. The same code gives the same frozen object.
 *
 * @example
 * regionOf('652301').name //=> '新疆维吾尔自治区昌吉回族自治州昌吉市'
 * regionOf('659004').inBingtuan //=> true
 */
export function regionOf(code: string): Region {
  let region = named.get(code);
  if (region === undefined) {
    region = Object.freeze(nameRegion(code));
    if (named.size >= 4096) named.clear();
    named.set(code, region);
  }
  return region;
}

function nameRegion(code: string): Region {
  const provinceCode = `${code.slice(0, 2)}0000`;
  const province = Object.hasOwn(provinces, provinceCode) ? provinces[provinceCode] : undefined;
  const prefix4 = code.slice(0, 4);
  const inChangji = prefix4 === changjiPrefix;
  const inBingtuan = provinceCode === '660000' || prefix4 === '6590';
  let prefecture: string | undefined;
  let county: string | undefined;
  if (provinceCode === '660000') {
    prefecture = bingtuanDivisions[prefix4];
  } else if (provinceCode === '650000') {
    prefecture = xinjiangPrefectures[prefix4];
    county = inChangji ? changjiCounties[code] : bingtuanCities[code];
    if (prefix4 === '6590') prefecture = '新疆生产建设兵团';
  }
  let name = province ?? `未知地区（${code}）`;
  if (prefecture) name += prefecture;
  if (county) name += county;
  return {
    code,
    province,
    prefecture,
    county,
    name,
    inMainland: province !== undefined && !outsideMainland.includes(provinceCode),
    inChangji,
    inBingtuan,
  };
}
