import { findSystemBinary } from '@imednet/test-support/system';

/** The chromium binary, or null (the browser tests skip) when it is missing outside CI. */
export function findChromium(): string | null {
  return findSystemBinary('chromium', 'Browser tests');
}

/** Flags for a headless Chromium that opens no connection of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
