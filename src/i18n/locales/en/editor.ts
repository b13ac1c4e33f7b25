/** English messages: the editor namespace. Keys are grouped by component. */
export const editor = {
};
