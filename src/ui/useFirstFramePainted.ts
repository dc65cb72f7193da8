import { useEffect, useState } from 'react';
import { afterNextPaint } from '../app/after-paint';

/**
 * False while a screen's first frame is being drawn, true once it has painted. A long screen
 * (the review, the result) draws its top first, so Continue shows the next screen at once;
 * the rest, out of sight below, follows a frame later.
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}
