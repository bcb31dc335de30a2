'use client';

/**
 * "Add to my lesson": on an idea's page (and, once mounted there, in the explorer), adds
 * the idea as the next step of the lesson the teacher is building in this browser, and
 * says at which step it now is, with a link to the builder. The lesson's code (its parser
 * and schema) is loaded only when this browser keeps a lesson, one is started in another
 * tab, or the button is pressed, so a page pays for the button alone; without JavaScript
 * there is no button (it could do nothing).
 *
 * Self-contained: mount it with one line, `<AddToLesson id={…} lang={…} data={DATA_VERSION}
 * labels={addToLessonLabels(lang)} />`.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { Lang } from '@/graph/schema';
import { paths } from '../paths';
import { useHydrated } from '../use-client';
import { DRAFT_KEY, hasStoredDraft } from './lesson-keys';
import './lessons.css';

export interface AddToLessonLabels {
  add: string;
  open: string;
  /** "In your lesson as step {n}": `{n}` is replaced by the step number(s). */
  inLesson: string;
  failed: string;
}

const loadStore = () => import('./lesson-store');

export function AddToLesson({
  id,
  lang,
  data,
  labels,
}: {
  id: string;
  lang: Lang;
  /** The data version a new lesson is made with. */
  data: string;
  labels: AddToLessonLabels;
}) {
  const hydrated = useHydrated();
  const [steps, setSteps] = useState<number[]>([]);
  const [failed, setFailed] = useState(false);
  // Whether there is a lesson to follow; until there is, its code is not loaded. (On the
  // server there is no storage, and nothing is rendered before hydration either way.)
  const [follow, setFollow] = useState(hasStoredDraft);

  useEffect(() => {
    if (follow) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key === DRAFT_KEY && e.newValue !== null) setFollow(true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [follow]);

  // Follows the stored lesson (this tab and others), so the line stays true.
  useEffect(() => {
    if (!follow) return;
    let stop: (() => void) | undefined;
    let live = true;
    void loadStore().then((store) => {
      if (!live) return;
      const update = () => setSteps(store.stepsWith(id));
      update();
      stop = store.subscribe(update);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [id, follow]);

  if (!hydrated) return null;
  const add = () =>
    void loadStore().then((store) => {
      const n = store.appendToDraft(id, lang, data);
      setFailed(n === null || store.storageBlocked());
      setFollow(true);
    });
  return (
    <div className="add-to-lesson">
      <button type="button" onClick={add}>
        + {labels.add}
      </button>
      <p role="status" className="muted">
        {failed ? (
          labels.failed
        ) : steps.length > 0 ? (
          <>
            {labels.inLesson.replace('{n}', steps.join(', '))} ·{' '}
            <Link href={paths.lessonsNew(lang)}>{labels.open}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
