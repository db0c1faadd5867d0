/**
 * The auto-installing entry: patches the real `window` on import (nothing in Node, SSR or a
 * worker) and exports the adapter object, adapter.js-compatible. The only module with side
 * effects.
 */
import { createAdapterWith } from './factory';
import { defineValue } from './patch/define';
import { registry } from './registry';
import type { Adapter, EntryAdapter, ShimWindow } from './types';

const pageWindow: ShimWindow | null = typeof window === 'object' && window !== null ? window : null;

// The registry is passed from here, top-level code, so nothing keeps it alive after load (factory.ts).
const created: Adapter = createAdapterWith(registry, { window: pageWindow });
// `require('rtcshim').default` is the adapter too (code written for webrtc-adapter's CommonJS
// build, and TypeScript's CommonJS output of a default import, read it); not enumerable, so
// `Object.keys(adapter)` and JSON stay as they were.
defineValue(created, 'default', created);
const adapter = created as EntryAdapter;

export default adapter;
