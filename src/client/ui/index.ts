// Shared primitives for every screen: native elements with a consistent look.
import './ui.css';
export { Alert } from './Alert';
export { Badge } from './Badge';
export type { Tone } from './Badge';
export { Button } from './Button';
export type { Variant } from './Button';
export { Panel } from './Panel';
export { VisuallyHidden } from './VisuallyHidden';
