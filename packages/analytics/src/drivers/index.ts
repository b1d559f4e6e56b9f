// Key-driver math (pure TypeScript), listed by name.
export { shapleyRegression, MAX_SHAPLEY_PREDICTORS } from './shapleyRegression.js';
export type { ShapleyImportance, ShapleyResult } from './shapleyRegression.js';
export { solveRSquared } from './solveRSquared.js';
export {
  computeCorrelations,
  correlationsFromMoments,
  createMoments,
  addObservation,
} from './computeCorrelations.js';
export type { CorrelationInput, Moments } from './computeCorrelations.js';
export { oddsRatio, MIN_DRIVER_SUPPORT } from './oddsRatio.js';
export type { OddsRatioResult, TwoByTwo } from './oddsRatio.js';
export { paretoCut } from './paretoCut.js';
export type { Importance } from './paretoCut.js';
export { relativeWeights } from './relativeWeights.js';
export { jacobiEigen } from './jacobiEigen.js';
export type { EigenDecomposition } from './jacobiEigen.js';
