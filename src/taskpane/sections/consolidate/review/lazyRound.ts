import { lazy } from 'react';

/**
 * The round's parts of Tổng hợp (issue 15), loaded when first shown: none of them is in the pane's
 * first-load script (its budget: tests/browser/bundle.test.ts). One chunk for both.
 */
export const LazyReviewStatePicker = lazy(() =>
  import(/* webpackChunkName: "round" */ './ReviewStatePicker').then(({ ReviewStatePicker }) => ({ default: ReviewStatePicker })),
);

export const LazyRemindersView = lazy(() => import(/* webpackChunkName: "round" */ './RemindersView'));
