// How an article's frontmatter picture reaches Astro's image service. The
// content loader stores `${IMAGE_IMPORT_PREFIX}${src}` under PICTURE_KEY in the
// article's entry; the content layer resolves such a value relative to the
// entry's file (as its own image() schema helper does), so the entry carries
// the imported picture, wherever the content tree is (CONTENT_ROOT too).
// Kept apart from astro-loader.ts so pages can import it without the loader.

export const PICTURE_KEY = 'picture';
export const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';
