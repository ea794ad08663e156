/**
 * Names of 行政区划码 (GB/T 2260): every province-level division, Xinjiang's prefectures, the
 * counties and cities of 昌吉回族自治州, and the divisions and cities of 新疆生产建设兵团.
 */

/** Province-level divisions, by their six-digit code (the first two digits then 0000). */
export const provinces: Readonly<Record<string, string>> = Object.freeze({
  '100000': '全国（中央层级登记）',
  '110000': '北京市',
  '120000': '天津市',
  '130000': '河北省',
  '140000': '山西省',
  '150000': '内蒙古自治区',
  '210000': '辽宁省',
  '220000': '吉林省',
  '230000': '黑龙江省',
  '310000': '上海市',
  '320000': '江苏省',
  '330000': '浙江省',
  '340000': '安徽省',
  '350000': '福建省',
  '360000': '江西省',
  '370000': '山东省',
  '410000': '河南省',
  '420000': '湖北省',
  '430000': '湖南省',
  '440000': '广东省',
  '450000': '广西壮族自治区',
  '460000': '海南省',
  '500000': '重庆市',
  '510000': '四川省',
  '520000': '贵州省',
  '530000': '云南省',
  '540000': '西藏自治区',
  '610000': '陕西省',
  '620000': '甘肃省',
  '630000': '青海省',
  '640000': '宁夏回族自治区',
  '650000': '新疆维吾尔自治区',
  '660000': '新疆生产建设兵团',
  '710000': '台湾省',
  '810000': '香港特别行政区',
  '820000': '澳门特别行政区',
});

/** Province-level codes of divisions outside the mainland (二（一）1 境内注册登记 excludes them). */
export const outsideMainland: readonly string[] = Object.freeze(['710000', '810000', '820000']);

/** Xinjiang's prefecture-level divisions, by the first four digits. */
export const xinjiangPrefectures: Readonly<Record<string, string>> = Object.freeze({
  '6501': '乌鲁木齐市',
  '6502': '克拉玛依市',
  '6504': '吐鲁番市',
  '6505': '哈密市',
  '6523': '昌吉回族自治州',
  '6527': '博尔塔拉蒙古自治州',
  '6528': '巴音郭楞蒙古自治州',
  '6529': '阿克苏地区',
  '6530': '克孜勒苏柯尔克孜自治州',
  '6531': '喀什地区',
  '6532': '和田地区',
  '6540': '伊犁哈萨克自治州',
  '6542': '塔城地区',
  '6543': '阿勒泰地区',
  '6590': '自治区直辖县级行政区划（兵团城市）',
});

/** 昌吉州's own prefix: registered in 昌吉州 means a 行政区划码 beginning with it. */
export const changjiPrefix = '6523';

/** 昌吉回族自治州's counties and county-level cities. */
export const changjiCounties: Readonly<Record<string, string>> = Object.freeze({
  '652300': '昌吉回族自治州（州本级）',
  '652301': '昌吉市',
  '652302': '阜康市',
  '652323': '呼图壁县',
  '652324': '玛纳斯县',
  '652325': '奇台县',
  '652327': '吉木萨尔县',
  '652328': '木垒哈萨克自治县',
});

/** Cities run by 新疆生产建设兵团 (the 6590 block of Xinjiang). */
export const bingtuanCities: Readonly<Record<string, string>> = Object.freeze({
  '659001': '石河子市',
  '659002': '阿拉尔市',
  '659003': '图木舒克市',
  '659004': '五家渠市',
  '659005': '北屯市',
  '659006': '铁门关市',
  '659007': '双河市',
  '659008': '可克达拉市',
  '659009': '昆玉市',
  '659010': '胡杨河市',
  '659011': '新星市',
  '659012': '白杨市',
});

/** 新疆生产建设兵团's divisions (师), by the first four digits of the 66 block. */
export const bingtuanDivisions: Readonly<Record<string, string>> = Object.freeze({
  '6600': '兵团本级',
  '6601': '第一师',
  '6602': '第二师',
  '6603': '第三师',
  '6604': '第四师',
  '6605': '第五师',
  '6606': '第六师',
  '6607': '第七师',
  '6608': '第八师',
  '6609': '第九师',
  '6610': '第十师',
  '6611': '第十一师',
  '6612': '第十二师',
  '6613': '第十三师',
  '6614': '第十四师',
});
