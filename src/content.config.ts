import { defineCollection } from 'astro:content';
import { contentLoader } from './content-model/astro-loader.ts';

export const collections = {
  site: defineCollection({ loader: contentLoader('site') }),
  notice: defineCollection({ loader: contentLoader('notice') }),
  plan: defineCollection({ loader: contentLoader('plan') }),
  units: defineCollection({ loader: contentLoader('units') }),
  members: defineCollection({ loader: contentLoader('members') }),
  leadingGroup: defineCollection({ loader: contentLoader('leadingGroup') }),
  achievements: defineCollection({ loader: contentLoader('achievements') }),
};
