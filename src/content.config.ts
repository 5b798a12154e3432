import { defineCollection } from 'astro:content';
import { contentLoader } from './content-model/astro-loader.ts';

// The whole validated model as one entry, and the articles Astro renders; see astro-loader.ts.
export const collections = {
  model: defineCollection({ loader: contentLoader('model') }),
  achievements: defineCollection({ loader: contentLoader('achievements') }),
};
