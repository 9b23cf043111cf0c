/**
 * @module tuning
 * Hyper-parameter search, pure and deterministic (the caller runs the trials): search spaces derived from a
 * learner's parameter schema, random search and TPE samplers with batch proposals for parallel workers, and
 * successive halving / ASHA schedules over a resource such as boosting rounds.
 *
 * @example
 * ```ts
 * import { createAsha, createTpe, searchSpace, type Trial } from './tuning/index.js';
 * const space = searchSpace(gbdtSchema, { fixed: { objective: 'binary' }, exclude: ['n_rounds'] });
 * const tpe = createTpe(space, { seed: 42 });
 * const history: Trial[] = [];
 * const [params] = tpe.suggest(history, 1);
 * history.push({ params, score: cvAuc(params) });
 * ```
 */
export {
  type Asha,
  type AshaOptions,
  type AshaPromotion,
  type AshaResult,
  createAsha,
} from './asha.js';
export { paramsKey } from './params-key.js';
export { createRandomSampler, type RandomSamplerOptions } from './random-sampler.js';
export { type Sampler, searchedKey, type Trial } from './sampler.js';
export {
  type ChoiceDimension,
  type Dimension,
  defaultsInSpace,
  type NumericDimension,
  type RangeOverride,
  type SearchSpace,
  type SearchSpaceOptions,
  searchSpace,
} from './search-space.js';
export {
  type Rung,
  rungResources,
  type SuccessiveHalvingOptions,
  successiveHalving,
} from './successive-halving.js';
export { createTpe, type TpeOptions } from './tpe.js';
