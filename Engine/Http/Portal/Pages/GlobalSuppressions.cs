using System.Diagnostics.CodeAnalysis;

// Razor components are always generated public, and so must be the types of their parameters: the pages'
// components and the view records they take live in this namespace, and nothing else of the engine is public.
[assembly: SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Scope = "namespaceanddescendants", Target = "~N:Engine.Http.Portal.Pages", Justification = "Razor components and their parameter types must be public.")]
