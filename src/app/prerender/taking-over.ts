/** Dispatched on document by the app just before it takes a prepared page over: the page's own early handlers step aside. */
export const TAKING_OVER = 'machiplan:taking-over';
