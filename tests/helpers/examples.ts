import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const examplesDir = fileURLToPath(new URL('../../docs/examples/', import.meta.url));

/** The example applications shipped in docs/examples, by file name. */
export function loadExamples(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[file] = JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
  }
  return out;
}

/** One example, as a fresh copy the test may change. */
export function example(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
}

/** Freeze a value and everything inside it, so that any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * An example with every participant of industry 其他 naming it (表二 其他：____): the chain and cluster
 * examples leave it blank, which edition 3 asks the applicant to correct.
 */
export function withIndustriesNamed<T>(application: T): T {
  const participants = (application as { participants?: { industry?: string; industryOther?: string }[] }).participants;
  for (const p of participants ?? [])
    if (p.industry === 'other' && p.industryOther === undefined) p.industryOther = '装备制造';
  return application;
}

/** A fresh copy of an example that is eligible under edition 3 (see {@link withIndustriesNamed}). */
export function eligibleExample(file: string): Record<string, unknown> {
  return withIndustriesNamed(example(file));
}
