#pragma once

#include <memory>

namespace guichet::eid {

// The deleter that lets std::unique_ptr own an OpenSSL object:
//   using Bio = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
template<auto Free>
struct FreeWith
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

} // namespace guichet::eid
