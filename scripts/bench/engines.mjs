// The engines the bench can run, by the name --browsers takes.
import { chromium } from './chromium.mjs';
import { firefox } from './firefox.mjs';

export const ENGINES = { chromium, firefox };
