/** English messages: the views namespace. Keys are grouped by component. */
export const views = {
};
