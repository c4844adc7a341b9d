/**
 * Arabic and Japanese strings for the toolbar and figures, registered the way a portal adds a
 * language the library does not ship in full (`registerStrings`): the library builds in only
 * their byline strings, so without these the sample articles would show English controls.
 */
import { registerStrings } from '../../src/index.js';

/**
 * Registers the strings. Called, not run on import: package.json's `sideEffects` lets the
 * production build drop modules imported only for their effects.
 */
export function registerSampleStrings(): void {
  registerStrings('ar', {
    toolbarLabel: 'أدوات القراءة',
    fontSmaller: 'A-',
    fontSmallerLabel: 'A- تصغير النص',
    fontReset: 'A',
    fontResetLabel: 'A حجم النص الافتراضي',
    fontLarger: 'A+',
    fontLargerLabel: 'A+ تكبير النص',
    contrastMore: 'زيادة التباين',
    contrastMoreLabel: 'زيادة التباين',
    contrastLess: 'تقليل التباين',
    contrastLessLabel: 'تقليل التباين',
    fontSizeStatus: 'حجم النص {size}',
    contrastStatus: 'التباين: {level}',
    contrastNormal: 'عادي',
    contrastHigh: 'مرتفع',
    contrastDark: 'مرتفع، خلفية داكنة',
    followingSystem: 'يتبع إعدادات النظام',
    forcedColors: 'ألوان النظام مستخدمة؛ غيّر التباين من هناك',
    textSpacing: 'تباعد النص',
    textSpacingLabel: 'تباعد النص',
    readAloud: 'قراءة بصوت عالٍ',
    readAloudLabel: 'قراءة بصوت عالٍ',
    readPause: 'إيقاف مؤقت',
    readResume: 'متابعة',
    readStop: 'إيقاف',
    readStopLabel: 'إيقاف القراءة',
    readingStatus: 'تجري القراءة بصوت عالٍ',
    pausedStatus: 'القراءة متوقفة مؤقتًا',
    stoppedStatus: 'توقفت القراءة',
    creditPrefix: 'تصوير:',
    imageUnavailable: 'الصورة غير متاحة',
    zoomOpen: 'تكبير الصورة',
    zoomClose: 'إغلاق',
  });

  registerStrings('ja', {
    toolbarLabel: '読みやすさの設定',
    fontSmaller: 'A-',
    fontSmallerLabel: 'A- 文字を小さく',
    fontReset: 'A',
    fontResetLabel: 'A 標準の文字サイズ',
    fontLarger: 'A+',
    fontLargerLabel: 'A+ 文字を大きく',
    contrastMore: 'コントラストを上げる',
    contrastMoreLabel: 'コントラストを上げる',
    contrastLess: 'コントラストを下げる',
    contrastLessLabel: 'コントラストを下げる',
    fontSizeStatus: '文字サイズ {size}',
    contrastStatus: 'コントラスト: {level}',
    contrastNormal: '標準',
    contrastHigh: '高',
    contrastDark: '高（暗い背景）',
    followingSystem: 'システムの設定に従っています',
    forcedColors: 'システムの配色を使用中です。コントラストはそちらで変更してください',
    textSpacing: '行間・字間',
    textSpacingLabel: '行間・字間を広げる',
    readAloud: '読み上げ',
    readAloudLabel: '読み上げ',
    readPause: '一時停止',
    readResume: '再開',
    readStop: '停止',
    readStopLabel: '読み上げを停止',
    readingStatus: '読み上げ中',
    pausedStatus: '読み上げを一時停止しました',
    stoppedStatus: '読み上げを停止しました',
    creditPrefix: '写真:',
    imageUnavailable: '画像を表示できません',
    zoomOpen: '画像を拡大',
    zoomClose: '閉じる',
  });
}
