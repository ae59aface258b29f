export * from './locales';
export * from './paths';
export * from './translate';
export type { UiKey } from './ui';
