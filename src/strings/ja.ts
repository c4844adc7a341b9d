/** Japanese: the header's and byline's strings; the others stand in in English. */
import type { PressStrings } from './press-strings.js';

export const ja: Partial<PressStrings> = {
  sourcePrefix: '出典:',
  published: '公開',
  updated: '更新',
  authorRole: '（{role}）',
  readingTime: '読了時間 {duration}',
};
