/** The vocabularies of a small pack: one direction and one industry unless said otherwise. */
export interface SmallPackWords {
  readonly directions?: readonly string[];
  readonly industries?: readonly string[];
  readonly adverseRecordKinds?: readonly string[];
  readonly labels?: Readonly<Record<string, { zh: string; en: string }>>;
}

/**
 * A pack of one file, `pack.json`: its metadata, its vocabularies and `checks`, as a city's author
 * would start one (tests of what a pack may declare). `more` adds sections of `pack.json` (its `form`).
 */
export function smallPack(
  name: string,
  words: SmallPackWords,
  checks: readonly unknown[],
  more: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return {
    'pack.json': {
      ...more,
      pack: { name, title: name, version: '1.0.0' },
      vocabularies: {
        directions: words.directions ?? ['digital-workshop'],
        industries: words.industries ?? ['new-materials'],
        leadRoles: [],
        applicantTypes: [],
        adverseRecordKinds: words.adverseRecordKinds ?? [],
        labels: words.labels ?? {},
      },
      checks,
    },
  };
}
