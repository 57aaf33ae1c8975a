export const messyPrompts = [];
