/**
 * Size limits of the contract: not the notice's numbers, but a guard so that hostile or broken input
 * (a 10 MB string, a million participants) is refused quickly with a clear issue instead of being
 * carried through every check. Generous for any real 申报书.
 */
export const limits = Object.freeze({
  /** A name, code, phone number, title: one line of the template. */
  shortText: 500,
  /** 企业简介 and the narrative sections (三、四). */
  longText: 100_000,
  /** 参与单位, 附件. */
  manyItems: 5_000,
  /** 应用场景, 财务年度, 不良记录. */
  fewItems: 500,
  /** Issues reported for one application before the rest are summarised. */
  issues: 200,
  /**
   * The largest file the command line reads as one 申报书 or one file of a rule pack (64 MiB): far
   * above any real one, so that a stray disk image or a link to a device is refused before it is read.
   */
  fileBytes: 64 * 1024 * 1024,
} as const);
