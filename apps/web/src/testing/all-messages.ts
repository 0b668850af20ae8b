// Tests render screens without the lazy routes that would load their words: load every area.
import '../locales/areas/courses';
import '../locales/areas/learning';
import '../locales/areas/quiz';
