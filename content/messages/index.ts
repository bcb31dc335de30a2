import type { Lang } from '../../graph/schema';
import { en, type Messages } from './en';
import { zh } from './zh';

const dictionaries: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return dictionaries[lang];
}

export type { Messages };
