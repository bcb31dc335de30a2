'use client';

/**
 * The lesson a teacher is working on, kept in this browser (localStorage) so that "Add to
 * my lesson" on any idea's page, the builder and other tabs share it. Stored as the lesson
 * file's text, read back with the same parser as any file. When storage is refused (some
 * private modes, some embedded browsers) the lesson is kept in memory and the builder
 * says that it will be lost with the page.
 *
 * Replacing the lesson (copying a tour, opening a file or a link, starting afresh) puts
 * the one it replaces aside, one step back, so nothing is lost by a wrong click.
 */
import { useSyncExternalStore } from 'react';
import { addStep, emptyLesson, type Lesson } from '@/graph/lesson';
import { lessonFileText, parseLessonFile, type LessonContext, type LessonProblem } from '@/graph/lesson-codec';
import type { Lang } from '@/graph/schema';
import { DRAFT_KEY as DRAFT, PREVIOUS_KEY as PREVIOUS } from './lesson-keys';

const memory = new Map<string, string>();
let blocked = false;
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    blocked = true;
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    blocked = true;
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

const notify = () => {
  for (const listener of listeners) listener();
};

/** What the builder shows after a lesson replaced another or came from a file or link. */
export interface LessonNotice {
  /** Problems met reading it, named for the teacher. */
  problems: LessonProblem[];
  /** A line saying where it came from, if any ("Opened lesson.json"). */
  message?: string;
  /** The file that could not be opened at all, if it was one. */
  failed?: string;
}

let notice: LessonNotice | null = null;

export function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another tab (an idea's page with "Add to my lesson") changed the lesson.
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === DRAFT || e.key === PREVIOUS) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The stored lesson's text; `null` in the HTML and when there is none. */
export const useDraftText = () =>
  useSyncExternalStore(
    subscribe,
    () => read(DRAFT),
    () => null,
  );
export const usePreviousText = () =>
  useSyncExternalStore(
    subscribe,
    () => read(PREVIOUS),
    () => null,
  );
/** True once storage has refused to keep the lesson. */
export const useStorageBlocked = () =>
  useSyncExternalStore(
    subscribe,
    () => {
      // Reading is what finds out: a refused read sets `blocked`.
      read(DRAFT);
      return blocked;
    },
    () => false,
  );
export const useNotice = () =>
  useSyncExternalStore(
    subscribe,
    () => notice,
    () => null,
  );

/** The stored lesson, read like any lesson file (a damaged one gives what can be used). */
export const lessonOf = (text: string | null, ctx: LessonContext): Lesson | null =>
  text === null ? null : parseLessonFile(text, ctx).lesson;

const isEmpty = (l: Lesson) => l.steps.length === 0 && l.title === '' && l.note === '';

export function saveDraft(lesson: Lesson) {
  write(DRAFT, lessonFileText(lesson));
  notify();
}

/** Makes `lesson` the one being worked on, putting the current one aside if it has anything in it. */
export function replaceDraft(lesson: Lesson, ctx: LessonContext, next: LessonNotice | null = null) {
  const current = lessonOf(read(DRAFT), ctx);
  const text = lessonFileText(lesson);
  if (current && !isEmpty(current) && lessonFileText(current) !== text) write(PREVIOUS, lessonFileText(current));
  write(DRAFT, text);
  notice = next ?? { problems: [] };
  notify();
}

/** Swaps the lesson being worked on with the one put aside. */
export function restorePrevious() {
  const previous = read(PREVIOUS);
  if (previous === null) return;
  write(PREVIOUS, read(DRAFT));
  write(DRAFT, previous);
  notice = null;
  notify();
}

export function setNotice(next: LessonNotice | null) {
  notice = next;
  notify();
}

/** No ids are known here: adding a step keeps every step already there, known or not. */
const anyIds: LessonContext = { nodeIds: new Set(), lang: 'en' };

/**
 * "Add to my lesson": appends an idea to the stored lesson (starting one if there is
 * none). Returns the new step's number, or null when the lesson is full.
 */
export function appendToDraft(id: string, lang: Lang, data: string): number | null {
  const current = lessonOf(read(DRAFT), { ...anyIds, lang }) ?? emptyLesson(lang, data);
  const next = addStep(current, id);
  if (next === current) return null;
  saveDraft(next);
  return next.steps.length;
}

/** The step numbers at which the stored lesson has an idea (1-based). */
export function stepsWith(id: string): number[] {
  const lesson = lessonOf(read(DRAFT), anyIds);
  return (lesson?.steps ?? []).flatMap((s, i) => (s.node === id ? [i + 1] : []));
}

export const storageBlocked = () => blocked;
