/**
 * The auto-installing entry: patches the real `window` on import (nothing in Node, SSR or a
 * worker) and exports the adapter object, adapter.js-compatible. The only module with side
 * effects.
 */
import { createAdapter } from './factory';
import type { Adapter, ShimWindow } from './types';

const pageWindow: ShimWindow | null = typeof window === 'object' && window !== null ? window : null;

const adapter: Adapter = createAdapter({ window: pageWindow });

export default adapter;
