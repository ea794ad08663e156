/**
 * The 31 characters of a 统一社会信用代码 (GB 32100-2015 表1): digits and capital letters without
 * I, O, Z, S, V, which are too easily read as 1, 0, 2, 5, U. A character's value is its index.
 */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
