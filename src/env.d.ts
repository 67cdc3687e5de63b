// Types for what pages hand their components (see src/lib/build/page-context.ts).
declare namespace App {
  interface Locals {
    page?: import('./lib/build/page-context').PageContext;
  }
}
