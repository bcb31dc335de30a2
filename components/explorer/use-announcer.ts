'use client';

import { useCallback, useState } from 'react';

/**
 * What the explorer says to screen readers (a polite live region): a new focus, an idea
 * reached with the arrow keys, detail opened. Saying the same words twice still speaks:
 * the second time carries an invisible mark, so the region's text changes.
 */
export function useAnnouncer(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => setText((prev) => (prev === next ? `${next}\u200b` : next)), []);
  return [text, announce];
}
