/**
 * The shape every language's catalogue must have: the English catalogue's
 * keys, each with a string. A missing or extra key in another language is a
 * type error here and a failing test (test/i18n/catalogues.test.ts).
 */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
