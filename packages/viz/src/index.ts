// Public API of @trailmap/viz, listed by name.
export { layoutEmotionCurve } from './layoutEmotionCurve.js';
export type { CurveInput, CurveLayout, CurvePoint } from './layoutEmotionCurve.js';
