/** English messages: the params namespace. Keys are grouped by component. */
export const params = {
};
