import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { ApiError } from "../api/errors.ts";
import { redirectToEnrolment } from "./enrolment-redirect.ts";
import { router } from "./router.tsx";

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => redirectToEnrolment(error, queryClient) }),
  mutationCache: new MutationCache({ onError: (error) => redirectToEnrolment(error, queryClient) }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on a retry.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
