/** Arabic: the header's and byline's strings; the others stand in in English. */
import type { PressStrings } from './press-strings.js';

export const ar: Partial<PressStrings> = {
  sourcePrefix: 'المصدر:',
  published: 'نُشر',
  updated: 'آخر تحديث',
  authorRole: ' ({role})',
  readingTime: 'وقت القراءة: {durationLong}',
};
