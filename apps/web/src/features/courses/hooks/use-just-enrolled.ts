import { useState } from 'react';

/**
 * True once the course, while this screen is open, goes from no enrolment to one: the learner has
 * just enrolled, so the screen announces it and moves the focus on. `undefined` means not known
 * yet (the course is loading), which is no change.
 */
export function useJustEnrolled(enrolled: boolean | undefined): boolean {
  const [was, setWas] = useState(enrolled);
  const [just, setJust] = useState(false);
  if (enrolled !== was) {
    setWas(enrolled);
    setJust(was === false && enrolled === true);
  }
  return just;
}
