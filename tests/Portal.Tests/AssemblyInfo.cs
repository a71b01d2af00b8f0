// Hangfire keeps its job storage process-wide (GlobalConfiguration): two test classes building their own portal at the
// same moment can each end up holding the other's storage, and one disposes it under the other.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
