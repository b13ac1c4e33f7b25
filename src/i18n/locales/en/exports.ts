/** English messages: the exports namespace. Keys are grouped by component. */
export const exports = {
};
