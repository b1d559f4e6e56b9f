export { addTouchpoint, updateTouchpoint, removeTouchpoint, placeTouchpoint } from './editTouchpoints.js';
export {
  addPainPoint,
  updatePainPoint,
  removePainPoint,
  addIdea,
  updateIdea,
  removeIdea,
} from './editCards.js';
export { addPhase, updatePhase, removePhase } from './editPhases.js';
