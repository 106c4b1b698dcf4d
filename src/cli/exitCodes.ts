/** Exit codes shared by the command-line tools. */
export const EXIT_OK = 0;
/** A check failed (zc-validate) or an error finding (zc-cbam). */
export const EXIT_FAILED = 1;
/** Usage, file or format problem. */
export const EXIT_USAGE = 2;
