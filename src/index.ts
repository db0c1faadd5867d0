/**
 * The auto-installing entry: patches the real `window` on import (nothing in Node, SSR or a
 * worker) and exports the adapter object, adapter.js-compatible. The only module with side
 * effects.
 */
import { createAdapterWith } from './factory';
import { registry } from './registry';
import type { Adapter, ShimWindow } from './types';

const pageWindow: ShimWindow | null = typeof window === 'object' && window !== null ? window : null;

// The registry is passed from here, top-level code, so nothing keeps it alive after load (factory.ts).
const adapter: Adapter = createAdapterWith(registry, { window: pageWindow });

export default adapter;
